from django.contrib.auth import get_user_model
from django.db import models


class Post(models.Model):
    id = models.BigAutoField(primary_key=True)
    data = models.DecimalField('data', max_digits=10, decimal_places=3)
    rank = models.JSONField(verbose_name='rank', blank=True)
    slug = models.PositiveBigIntegerField()
    extra = models.TimeField()
    name = models.FileField(upload_to='files/', blank=True)
    album_ref = models.ForeignKey('todos.Album', on_delete=models.CASCADE, related_name='post_album_ref_set', db_column='album_ref_key')
    owner = models.ForeignKey(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='post_owner_set')


class Review(models.Model):
    content = models.SmallIntegerField()
    name = models.URLField(blank=True, db_index=True)
    done = models.ImageField(verbose_name='done', upload_to='images/')
    thumbnail = models.ImageField(upload_to='images/')
    body = models.DateField()

    class Meta:
        verbose_name = 'review item'
        constraints = [
            models.UniqueConstraint(fields=['content', 'body'], name='review_content_body_uniq'),
        ]
