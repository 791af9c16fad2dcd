from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Profile(models.Model):
    created_at = models.URLField()
    body = models.PositiveBigIntegerField(blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='profile_owner_set')
    album = models.OneToOneField('boards.Album', on_delete=models.PROTECT, null=True, related_name='profiles_1')
    order = models.ForeignKey('posts.Order', on_delete=models.DO_NOTHING, related_name='profile_order_set')

    class Meta:
        db_table = 'blog_profiles'
        constraints = [
            models.UniqueConstraint(fields=['owner', 'body'], name='profile_owner_body_uniq'),
        ]


class Comment(models.Model):
    released = models.ImageField(upload_to='files/')
    start = models.PositiveBigIntegerField(blank=True)
    user_ref = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='comment_user_ref_set')
    tag = models.OneToOneField('posts.Tag', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comments_1')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-user_ref']
