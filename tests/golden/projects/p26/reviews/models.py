from django.conf import settings
from django.db import models


class Event(models.Model):
    stock = models.PositiveIntegerField('stock')
    nickname = models.DateTimeField(auto_now=True)
    name = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    status = models.EmailField(null=True)
    thumbnail = models.FileField(verbose_name='thumbnail', upload_to='images/', null=True)
    views = models.BigIntegerField()
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')

    class Meta:
        ordering = ['-views']
        unique_together = ('name', 'thumbnail')


class Question(models.Model):
    name = models.DateTimeField()
    rating = models.ImageField(upload_to='files/')
    extra = models.SlugField(blank=True)
    data = models.FloatField(blank=True)
    like_users = models.ManyToManyField('users.User', related_name='question_like_users', blank=True)
    event_ref = models.ForeignKey('Event', on_delete=models.CASCADE, related_name='questions_1')

    class Meta:
        db_table = 'reviews_questions'


class Photo(models.Model):
    nickname = models.FileField(upload_to='images/')
    thumbnail = models.TextField(verbose_name='thumbnail')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='photos_0', db_index=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='photo_owner_set')
    questions = models.ManyToManyField(Question, related_name='photo_questions')

    class Meta:
        verbose_name = 'photo item'
        unique_together = [['nickname', 'user']]
        indexes = [models.Index(fields=['user'])]
