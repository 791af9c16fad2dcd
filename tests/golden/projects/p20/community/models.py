from django.conf import settings
from django.db import models


class Note(models.Model):
    content = models.TimeField('content')
    title = models.TextField(blank=True)
    price = models.URLField(null=True)
    views = models.SmallIntegerField(default=0, null=True)
    owner = models.ForeignKey('todos.Photo', on_delete=models.SET_NULL, null=True, related_name='notes_0')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='notes_1')

    class Meta:
        ordering = ['-views']


class Order(models.Model):
    price = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    done = models.DateField(null=True, blank=True)
    title = models.FileField(upload_to='uploads/%Y/%m/', db_column='title_col')
    image = models.CharField(max_length=100, blank=True)
    score = models.UUIDField(db_index=True)
    content = models.SlugField()
    related = models.ManyToManyField('self', blank=True)

    class Meta:
        unique_together = ('price', 'score')

    def __str__(self):
        return self.image


class Profile(models.Model):
    id = models.AutoField(primary_key=True)
    name = models.BooleanField(default=False, db_column='name_col')
    image = models.DateTimeField()
    uid = models.PositiveBigIntegerField()
    parent = models.ForeignKey('Note', on_delete=models.CASCADE, related_name='profile_parent_set')
