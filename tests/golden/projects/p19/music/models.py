from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Choice(models.Model):
    email = models.SmallIntegerField(default=0)
    thumbnail = models.EmailField(max_length=254)
    stock = models.SmallIntegerField(verbose_name='stock', blank=True)
    content = models.PositiveIntegerField(blank=True, db_index=True)
    related = models.ManyToManyField('self', blank=True)
    friends = models.ManyToManyField('self')
    owner = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='choices_2', db_index=False)

    class Meta:
        ordering = ['-thumbnail']

    def __str__(self):
        return self.thumbnail


class Photo(models.Model):
    id = models.BigAutoField(primary_key=True)
    views = models.SmallIntegerField()
    image = models.ImageField(upload_to='uploads/%Y/%m/', null=True, blank=True)
    is_public = models.IntegerField(verbose_name='is_public', null=True)
    price = models.FileField(upload_to='uploads/%Y/%m/')
    todo = models.OneToOneField('Todo', on_delete=models.CASCADE, related_name='photo_todo_set')

    class Meta:
        unique_together = ('views', 'todo')
        indexes = [models.Index(fields=['price', 'is_public'])]


class Todo(models.Model):
    uid = models.SmallIntegerField('uid', blank=True)
    data = models.PositiveBigIntegerField(verbose_name='data')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='todo_writer_set')

    class Meta:
        ordering = ['-writer']
        verbose_name = 'todo item'
