from django.db import models


class Post(models.Model):
    image = models.DateField('image', db_column='image_col')
    code = models.DurationField('code')
    memo = models.CharField(max_length=200, null=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, db_index=False)

    class Meta:
        ordering = ['-code']
        verbose_name = 'post item'
        constraints = [
            models.UniqueConstraint(fields=['parent', 'image'], name='post_parent_image_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.memo}'
