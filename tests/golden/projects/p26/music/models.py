from django.db import models


class Movie(models.Model):
    image = models.CharField(max_length=10)
    weight = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    title = models.SmallIntegerField(null=True)
    slug = models.DecimalField(verbose_name='slug', max_digits=10, decimal_places=3)
    level = models.DateField()
    rating = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-image']
        constraints = [
            models.UniqueConstraint(fields=['rating', 'level'], name='movie_rating_level_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.image}'


class Choice(models.Model):
    code = models.SmallIntegerField('code', blank=True)
    views = models.BooleanField(default=True, db_index=True)

    class Meta:
        unique_together = ('views', 'code')
