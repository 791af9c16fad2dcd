import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Comment(models.Model):
    homepage = models.ImageField(upload_to='uploads/%Y/%m/')
    weight = models.JSONField(default=dict)
    count = models.PositiveBigIntegerField()
    birthday = models.CharField(max_length=255, default='draft')
    points = models.EmailField(null=True)
    length = models.SlugField()
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)

    class Meta:
        unique_together = [['parent', 'length']]

    def __str__(self):
        return f'{self.pk}: {self.birthday}'


class Book(models.Model):
    released = models.DurationField(blank=True)
    price = models.BooleanField(default=False)
    published = models.IntegerField(blank=True, unique=True)
    uid = models.TextField('uid', blank=True)
    email = models.URLField(max_length=254, blank=True)
    comment = models.OneToOneField('Comment', on_delete=models.CASCADE, null=True, blank=True, related_name='books_0')

    class Meta:
        indexes = [models.Index(fields=['price'])]


class Article(models.Model):
    attachment = models.DecimalField(verbose_name='attachment', max_digits=10, decimal_places=0)
    slug = models.URLField(max_length=100)
    start = models.UUIDField(default=uuid.uuid4, blank=True)
    score = models.PositiveIntegerField()
    length = models.FloatField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_users')
    writer = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='article_writer_set')

    class Meta:
        unique_together = ('attachment', 'slug')
