from django.db import models


class Todo(models.Model):
    status = models.DateField()
    title = models.TimeField(null=True)
    slug = models.FileField(upload_to='files/')
    rating = models.TextField()
    is_public = models.JSONField(default=dict, db_column='is_public_col')
    extra = models.DateField(db_column='extra_col')

    class Meta:
        ordering = ['-status']
        unique_together = ('slug', 'title')


class Tag(models.Model):
    updated_at = models.FileField('updated at', upload_to='uploads/%Y/%m/')
    rating = models.PositiveIntegerField()
    extra = models.BooleanField(default=True, db_index=True)
    email = models.PositiveIntegerField(default=0, null=True)
    length = models.DateTimeField(auto_now=True)
    image = models.TextField()
    owner = models.ForeignKey('users.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='tags_0')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'length'], name='tag_updated_at_length_uniq'),
        ]
        indexes = [models.Index(fields=['updated_at', 'extra'])]


class Question(models.Model):
    id = models.AutoField(primary_key=True)
    status = models.TimeField()
    name = models.SmallIntegerField(default=0, null=True, db_index=True)
    weight = models.SmallIntegerField(default=0, blank=True, db_index=True)
    title = models.PositiveIntegerField('title', default=0, null=True)
    stock = models.FileField('stock', upload_to='files/')
    code = models.BooleanField(default=False, db_column='code_col')

    class Meta:
        unique_together = [['status', 'name']]
        indexes = [
            models.Index(fields=['code'], name='question_code_idx'),
        ]
