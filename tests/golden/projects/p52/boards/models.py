from django.db import models


class Song(models.Model):
    birthday = models.PositiveSmallIntegerField(null=True)
    address = models.DateField(null=True, blank=True)
    owner = models.ForeignKey('users.User', on_delete=models.DO_NOTHING, related_name='song_owner_set')
    user = models.ForeignKey('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='song_user_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'owner'], name='song_birthday_owner_uniq'),
        ]


class Article(models.Model):
    opens = models.BigIntegerField(blank=True)
    email = models.EmailField(null=True, db_index=True, db_column='email_col')
    points = models.DecimalField('points', max_digits=5, decimal_places=0)
    level = models.ImageField(upload_to='images/', null=True, blank=True)
    released = models.DateTimeField()
    done = models.BigIntegerField()
    fans = models.ManyToManyField('articles.Comment', related_name='article_fans')

    class Meta:
        ordering = ['-released']
        indexes = [
            models.Index(fields=['points', 'released'], name='article_points_idx'),
        ]
