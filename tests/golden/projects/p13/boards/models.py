from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    nickname = models.PositiveSmallIntegerField(blank=True)
    stock = models.FloatField()
    published = models.TextField()
    code = models.DateField(verbose_name='code')

    class Meta:
        ordering = ['-nickname']
        verbose_name = 'review item'

    def __str__(self):
        return self.published


class Album(models.Model):
    name = models.TimeField(null=True)
    score = models.ImageField(upload_to='images/', null=True)
    length = models.SlugField(blank=True)
    opens = models.DateField(auto_now_add=True, db_index=True)
    rank = models.TimeField(null=True, blank=True)
    owner = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='album_owner_set')
    writer = models.ForeignKey(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_1')
    members = models.ManyToManyField('auth.User', related_name='album_members')

    class Meta:
        db_table = 'boards_albums'
