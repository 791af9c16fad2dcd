import uuid

from django.db import models


class Profile(models.Model):
    id = models.AutoField(primary_key=True)
    score = models.JSONField(default=dict)
    content = models.JSONField()
    slug = models.EmailField(max_length=254, unique=True)
    created_at = models.JSONField()
    author = models.OneToOneField('todos.Author', on_delete=models.SET_NULL, null=True)


class Board(models.Model):
    rank = models.FloatField()
    slug = models.PositiveSmallIntegerField(db_column='slug_col')
    opens = models.DateField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['opens', 'slug'], name='board_opens_slug_uniq'),
        ]


class Choice(models.Model):
    done = models.UUIDField(default=uuid.uuid4, null=True)
    code = models.SmallIntegerField()
    summary = models.EmailField(blank=True, db_column='summary_col')
    title = models.PositiveSmallIntegerField(null=True)
    members = models.ManyToManyField('reviews.Post', related_name='choice_members')
    posts = models.ManyToManyField('reviews.Post', related_name='choice_posts', blank=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)
