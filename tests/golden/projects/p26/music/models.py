import uuid

from django.db import models


class Question(models.Model):
    name = models.UUIDField(default=uuid.uuid4)
    length = models.BooleanField(default=True, db_column='length_col')
    done = models.URLField(max_length=254)
    title = models.UUIDField(default=uuid.uuid4, blank=True)
    slug = models.URLField('slug', max_length=100, null=True, blank=True, db_index=True)
    address = models.FloatField()
    parent = models.ForeignKey('reviews.Category', on_delete=models.CASCADE, related_name='question_parent_set', db_index=False)
    writer = models.ForeignKey('reviews.Category', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='questions_1', db_column='writer_key')
