import uuid

from django.db import models


class Choice(models.Model):
    done = models.TextField(null=True)
    attachment = models.DateField(null=True, db_column='attachment_col')
    related = models.ManyToManyField('self', blank=True)
    tag = models.ForeignKey('blog.Tag', on_delete=models.CASCADE, related_name='choices_1')
    owner = models.ForeignKey('blog.Post', on_delete=models.CASCADE, related_name='choices_2')

    class Meta:
        unique_together = [['attachment', 'owner']]


class Board(models.Model):
    published = models.UUIDField('published', default=uuid.uuid4, null=True, unique=True)
    address = models.PositiveBigIntegerField()
    position = models.SlugField()
    created_at = models.DecimalField(max_digits=10, decimal_places=3)
    thumbnail = models.ImageField('thumbnail', upload_to='images/', null=True)
    body = models.PositiveIntegerField(default=0, blank=True)
    post = models.ForeignKey('blog.Post', on_delete=models.PROTECT, related_name='boards_0')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['thumbnail', 'body'], name='board_thumbnail_body_uniq'),
        ]

    def __str__(self):
        return self.position


class Profile(models.Model):
    price = models.SmallIntegerField(default=0)
    content = models.PositiveSmallIntegerField(verbose_name='content', null=True)
    uid = models.UUIDField()
    tag = models.OneToOneField('blog.Tag', on_delete=models.CASCADE, null=True, related_name='profiles_0')

    class Meta:
        verbose_name = 'profile item'
