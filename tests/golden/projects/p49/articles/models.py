from django.db import models


class Tag(models.Model):
    length = models.PositiveSmallIntegerField()
    body = models.FloatField(blank=True)
    address = models.DecimalField(max_digits=10, decimal_places=3)
    title = models.EmailField(max_length=300)
    album = models.ForeignKey('posts.Album', on_delete=models.DO_NOTHING, related_name='tags_0', db_column='album_key')
    members = models.ManyToManyField('auth.User', related_name='tag_members', blank=True)

    class Meta:
        ordering = ['-body']
        verbose_name = 'tag item'


class Question(models.Model):
    id = models.BigAutoField(primary_key=True)
    nickname = models.BooleanField('nickname', default=True, blank=True)
    email = models.TextField()
    thumbnail = models.FileField(upload_to='images/')
    status = models.PositiveIntegerField(default=0)
    title = models.FileField(upload_to='images/')
    parent = models.ForeignKey('posts.Event', on_delete=models.CASCADE)

    class Meta:
        unique_together = ('email', 'title')

    def __str__(self):
        return f'{self.pk}: {self.email}'


class Todo(models.Model):
    level = models.DateField(auto_now_add=True)
    weight = models.URLField(db_index=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, related_name='todos_0', db_column='parent_key')
    question_ref = models.ForeignKey('Question', on_delete=models.CASCADE, related_name='todo_question_ref_set')

    class Meta:
        ordering = ['-weight']
        verbose_name = 'todo item'
        indexes = [models.Index(fields=['level', 'weight'])]
