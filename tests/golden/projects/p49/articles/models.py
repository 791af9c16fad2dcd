from django.conf import settings
from django.db import models


class Review(models.Model):
    position = models.SmallIntegerField(default=0, null=True, blank=True, db_column='position_col')
    status = models.PositiveBigIntegerField()
    created_at = models.EmailField(verbose_name='created_at', unique=True)
    attachment = models.BigIntegerField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='review_user_set')
    album = models.ForeignKey('posts.Album', on_delete=models.CASCADE, related_name='review_album_set')

    class Meta:
        verbose_name = 'review item'
        constraints = [
            models.UniqueConstraint(fields=['status', 'user'], name='review_status_user_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.created_at}'


class Author(models.Model):
    id = models.BigAutoField(primary_key=True)
    data = models.PositiveBigIntegerField(blank=True)
    code = models.TextField(blank=True)
    start = models.PositiveSmallIntegerField()
    parent = models.ForeignKey('posts.Album', on_delete=models.CASCADE)
    product = models.OneToOneField('posts.Product', on_delete=models.CASCADE, null=True, blank=True, related_name='authors_1', db_column='product_key')
