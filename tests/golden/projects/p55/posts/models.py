from django.db import models


class Board(models.Model):
    status = models.DecimalField(max_digits=10, decimal_places=3)
    weight = models.EmailField()
    views = models.SlugField(null=True)
    slug = models.BooleanField(default=True)
    todos = models.ManyToManyField('boards.Todo', related_name='board_todos', blank=True)
    writer = models.ForeignKey('library.Photo', on_delete=models.DO_NOTHING, related_name='boards_1')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, db_column='parent_key', db_index=False)

    class Meta:
        ordering = ['-parent']
        constraints = [
            models.UniqueConstraint(fields=['status', 'parent'], name='board_status_parent_uniq'),
        ]
        indexes = [models.Index(fields=['slug', 'weight'])]

    def __str__(self):
        return f'{self.pk}: {self.weight}'


class Note(models.Model):
    address = models.TextField(db_column='address_col')
    content = models.PositiveBigIntegerField()
    attachment = models.BooleanField(default=False, blank=True)
    length = models.FileField(verbose_name='length', upload_to='images/')
    code = models.UUIDField()
    parent = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='note_parent_set')

    class Meta:
        ordering = ['-length']
        verbose_name = 'note item'
        indexes = [models.Index(fields=['length', 'attachment'])]

    def __str__(self):
        return f'{self.pk}: {self.address}'


class Question(models.Model):
    created_at = models.EmailField(max_length=100, null=True)
    birthday = models.SmallIntegerField(blank=True)
    address = models.SlugField(max_length=80)
    weight = models.DateTimeField()
    level = models.DurationField(verbose_name='level')
    points = models.DateField(null=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT)
    todos = models.ManyToManyField('boards.Todo', related_name='question_todos', blank=True)

    class Meta:
        indexes = [models.Index(fields=['parent'])]
