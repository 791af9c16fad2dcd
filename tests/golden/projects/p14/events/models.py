from django.db import models


class Question(models.Model):
    attachment = models.TextField(verbose_name='attachment')
    rating = models.BooleanField(default=False, db_index=True)
    released = models.DurationField(null=True, blank=True)
    homepage = models.SmallIntegerField(verbose_name='homepage', default=0)
    writer = models.ForeignKey('articles.Book', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='questions_0')
