from django.db import models


class Article(models.Model):
    code = models.CharField(max_length=255)
    birthday = models.TimeField(blank=True)
    summary = models.DateTimeField()
    count = models.PositiveSmallIntegerField()
    start = models.PositiveSmallIntegerField(verbose_name='start', db_index=True)
    status = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-summary']
        verbose_name = 'article item'


class Note(models.Model):
    rating = models.SmallIntegerField(default=0)
    extra = models.DecimalField(max_digits=10, decimal_places=0)


class Category(models.Model):
    status = models.FloatField('status')
    views = models.SlugField('views', max_length=80)
    created_at = models.EmailField(unique=True)

    def __str__(self):
        return f'{self.pk}: {self.views}'
