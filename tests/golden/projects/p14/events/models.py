from django.db import models


class Book(models.Model):
    points = models.CharField(max_length=150)
    summary = models.CharField(max_length=255, db_index=True)
    score = models.SmallIntegerField()

    class Meta:
        unique_together = ('summary', 'score')

    def __str__(self):
        return f'{self.pk}: {self.points}'


class Product(models.Model):
    title = models.PositiveIntegerField(blank=True)
    data = models.ImageField(upload_to='files/')
    code = models.TextField()
    done = models.ImageField(upload_to='uploads/%Y/%m/')
    position = models.EmailField(blank=True)
    user = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='products_0')
    members = models.ManyToManyField('todos.Choice', related_name='product_members', blank=True)
    writer = models.ForeignKey('todos.Choice', on_delete=models.CASCADE)

    class Meta:
        indexes = [
            models.Index(fields=['code', 'done'], name='product_code_idx'),
        ]


class Category(models.Model):
    data = models.ImageField(upload_to='uploads/%Y/%m/')
    level = models.FloatField()
    updated_at = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    points = models.URLField()
    stock = models.JSONField(blank=True)
    board = models.OneToOneField('articles.Board', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='category_board_set')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-parent']
        constraints = [
            models.UniqueConstraint(fields=['parent', 'points'], name='category_parent_points_uniq'),
        ]
