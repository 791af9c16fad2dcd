from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Tag(models.Model):
    body = models.DateField('body')
    score = models.IntegerField(default=0, null=True)
    length = models.BigIntegerField()
    stock = models.CharField(max_length=200)
    published = models.UUIDField(null=True, blank=True)
    uid = models.IntegerField(verbose_name='uid', choices=[(1, 'one'), (2, 'two')])
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='tag_members')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='tag_like_users', blank=True)

    class Meta:
        verbose_name = 'tag item'
        unique_together = [['body', 'uid']]
        constraints = [
            models.UniqueConstraint(fields=['body', 'uid'], name='tag_body_uid_uniq'),
        ]


class Choice(models.Model):
    price = models.TimeField(blank=True)
    position = models.TextField()
    image = models.FloatField(blank=True)
    start = models.TimeField(db_index=True)
    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name='choice_owner_set')

    class Meta:
        db_table = 'posts_choices'
        verbose_name = 'choice item'
        indexes = [
            models.Index(fields=['start', 'owner'], name='choice_start_idx'),
        ]

    def __str__(self):
        return self.position
