from django.contrib.auth import get_user_model
from django.db import models


class Tag(models.Model):
    position = models.CharField(max_length=100, choices=[('a', 'A'), ('b', 'B')])
    content = models.EmailField(null=True)
    score = models.DateTimeField('score', auto_now_add=True, blank=True)
    thumbnail = models.FileField(upload_to='images/')

    class Meta:
        db_table = 'boards_tags'
        unique_together = [['score', 'position']]


class Category(models.Model):
    level = models.UUIDField()
    stock = models.FileField(upload_to='files/')
    weight = models.PositiveIntegerField(blank=True)
    slug = models.DateField('slug', auto_now_add=True, db_column='slug_col')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    owner = models.ForeignKey(Tag, on_delete=models.DO_NOTHING, related_name='category_owner_set', db_index=False)
    members = models.ManyToManyField(get_user_model(), related_name='category_members')

    class Meta:
        db_table = 'boards_categorys'
        constraints = [
            models.UniqueConstraint(fields=['slug', 'owner'], name='category_slug_owner_uniq'),
        ]
