from django.db import models


class Choice(models.Model):
    id = models.AutoField(primary_key=True)
    body = models.IntegerField(default=0, null=True, blank=True)
    address = models.DecimalField('address', max_digits=10, decimal_places=3)
    parent = models.ForeignKey('blog.Post', on_delete=models.PROTECT, related_name='choices_0')
    writer = models.ForeignKey('articles.Todo', on_delete=models.CASCADE, related_name='choice_writer_set')

    class Meta:
        db_table = 'music_choices'


class Board(models.Model):
    homepage = models.TextField(null=True)
    done = models.DateField(null=True, db_column='done_col')
    attachment = models.TimeField()
    group = models.ForeignKey('auth.Group', on_delete=models.CASCADE, null=True, related_name='boards_0')
    post_ref = models.ForeignKey('blog.Post', on_delete=models.CASCADE, null=True, blank=True, related_name='boards_1')

    class Meta:
        ordering = ['-done']


class Profile(models.Model):
    address = models.SlugField(max_length=80, blank=True, db_index=True)
    position = models.IntegerField(default=0)
    created_at = models.DurationField('created at', null=True)
    published = models.URLField()
    body = models.SlugField(null=True)
    name = models.SmallIntegerField()

    class Meta:
        verbose_name = 'profile item'
