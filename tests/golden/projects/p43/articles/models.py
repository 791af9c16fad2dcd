from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Product(models.Model):
    start = models.JSONField(null=True, db_column='start_col')
    address = models.PositiveSmallIntegerField(null=True)
    level = models.CharField(max_length=50, blank=True, db_index=True)
    released = models.IntegerField(null=True, db_index=True)
    uid = models.JSONField(default=dict)
    friends = models.ManyToManyField('self')
    user = models.OneToOneField(UserModel, on_delete=models.SET_NULL, null=True, blank=True, related_name='products_1')

    class Meta:
        verbose_name = 'product item'


class Question(models.Model):
    price = models.FileField(upload_to='files/')
    image = models.URLField(verbose_name='image', max_length=100, null=True)
    released = models.FileField(upload_to='images/', null=True)
    thumbnail = models.URLField(blank=True)
    body = models.TextField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='question_user_set')
    article = models.ForeignKey('community.Article', on_delete=models.SET_NULL, null=True, blank=True, related_name='questions_1')
    parent = models.ForeignKey('self', on_delete=models.PROTECT)

    class Meta:
        ordering = ['-article']
        verbose_name = 'question item'
        indexes = [
            models.Index(fields=['price'], name='question_price_idx'),
        ]


class Author(models.Model):
    code = models.URLField(max_length=100)
    created_at = models.UUIDField(db_column='created_at_col')
    position = models.DateField(auto_now_add=True, null=True)
    memo = models.FloatField(db_index=True)
    nickname = models.FloatField(null=True, blank=True)
    birthday = models.DurationField(blank=True, db_index=True)
    owner = models.ForeignKey(Question, on_delete=models.DO_NOTHING)
    writer = models.ForeignKey(Product, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='author_writer_set')

    class Meta:
        ordering = ['-memo']
