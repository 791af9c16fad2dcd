from django.db import models


class Comment(models.Model):
    level = models.JSONField(verbose_name='level', default=dict, null=True)
    data = models.BooleanField(default=False, blank=True)
    name = models.PositiveBigIntegerField()
    published = models.SlugField(max_length=80)
    members = models.ManyToManyField('users.User', related_name='comment_members')
    movie_ref = models.ForeignKey('music.Movie', on_delete=models.PROTECT, related_name='comment_movie_ref_set')
    category_ref = models.ForeignKey('Category', on_delete=models.CASCADE, related_name='comment_category_ref_set')

    class Meta:
        ordering = ['-name']
        constraints = [
            models.UniqueConstraint(fields=['published', 'name'], name='comment_published_name_uniq'),
        ]


class Category(models.Model):
    id = models.BigAutoField(primary_key=True)
    level = models.PositiveSmallIntegerField(null=True)
    thumbnail = models.BigIntegerField(blank=True, db_index=True, db_column='thumbnail_col')
    done = models.SmallIntegerField()
    position = models.DateTimeField(blank=True)
    parent = models.ForeignKey('music.Movie', on_delete=models.CASCADE, related_name='category_parent_set')

    class Meta:
        verbose_name = 'category item'
