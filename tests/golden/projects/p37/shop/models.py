import uuid

from django.contrib.auth.models import User
from django.db import models


class Choice(models.Model):
    is_public = models.ImageField(upload_to='files/')
    memo = models.SmallIntegerField(null=True)
    opens = models.PositiveIntegerField(blank=True)
    like_orders = models.ManyToManyField('todos.Order', related_name='choice_like_orders', blank=True)
    book = models.OneToOneField('todos.Book', on_delete=models.SET_NULL, null=True, blank=True, related_name='choices_1')
    profile_ref = models.ForeignKey('todos.Profile', on_delete=models.SET_NULL, null=True, blank=True, related_name='choices_2')

    class Meta:
        verbose_name = 'choice item'


class Question(models.Model):
    position = models.SlugField()
    level = models.FileField(upload_to='files/')
    published = models.UUIDField(default=uuid.uuid4)
    email = models.CharField('email', max_length=150)
    slug = models.DateTimeField()
    price = models.CharField(max_length=50, blank=True)
    owner = models.ForeignKey(User, on_delete=models.PROTECT, related_name='question_owner_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['published', 'price'], name='question_published_price_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.position}'
