from django.db import models


class Question(models.Model):
    position = models.PositiveIntegerField(blank=True)
    title = models.ImageField(upload_to='files/')
    data = models.TextField()
    code = models.ImageField(upload_to='uploads/%Y/%m/')
    done = models.EmailField(blank=True)
    points = models.JSONField('points', default=dict)
