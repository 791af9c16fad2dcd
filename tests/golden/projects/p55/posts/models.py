from django.conf import settings
from django.db import models


class Board(models.Model):
    released = models.SlugField(null=True)
    published = models.URLField(verbose_name='published', null=True)
    level = models.JSONField(default=dict)
    views = models.IntegerField(default=0, blank=True, unique=True)
    created_at = models.DecimalField(verbose_name='created_at', max_digits=5, decimal_places=2, null=True)
    thumbnail = models.PositiveIntegerField(verbose_name='thumbnail', default=0)
    question = models.ForeignKey('Question', on_delete=models.CASCADE, related_name='board_question_set')
    user = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='board_user_set')

    class Meta:
        db_table = 'posts_boards'


class Note(models.Model):
    done = models.FileField(upload_to='files/')
    image = models.ImageField(verbose_name='image', upload_to='uploads/%Y/%m/')
    address = models.SmallIntegerField(verbose_name='address')
    released = models.DateField(null=True)


class Question(models.Model):
    address = models.EmailField(max_length=100, null=True)
    weight = models.SmallIntegerField(blank=True)
    level = models.SlugField(max_length=80)
    thumbnail = models.DateTimeField()
    created_at = models.DurationField(verbose_name='created_at')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='question_owner_set', db_index=False)
    writer = models.ForeignKey('Note', on_delete=models.PROTECT, related_name='question_writer_set')
    parent = models.ForeignKey('boards.Todo', on_delete=models.CASCADE, null=True, related_name='questions_2')

    class Meta:
        unique_together = ('created_at', 'level')
