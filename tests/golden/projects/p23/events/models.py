from django.conf import settings
from django.db import models


class Todo(models.Model):
    attachment = models.FloatField(blank=True)
    created_at = models.JSONField()


class Question(models.Model):
    content = models.FileField(upload_to='files/')
    slug = models.URLField('slug')
    points = models.DateTimeField('points', auto_now_add=True, null=True, db_index=True)
    rating = models.TimeField(db_index=True)
    count = models.FloatField(blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='question_owner_set')

    class Meta:
        db_table = 'events_questions'
        unique_together = ('count', 'content')


class Movie(models.Model):
    rank = models.IntegerField(default=0, blank=True)
    price = models.SlugField(blank=True)
    created_at = models.BooleanField('created at', default=True, db_column='created_at_col')
    name = models.CharField(max_length=255)
    level = models.TextField(null=True)

    class Meta:
        unique_together = ('price', 'name')

    def __str__(self):
        return self.name
