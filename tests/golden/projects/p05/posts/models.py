from django.conf import settings
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
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='choices_0')

    class Meta:
        ordering = ['-price']

    def __str__(self):
        return f'{self.pk}: {self.position}'
