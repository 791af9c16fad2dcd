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
    owner = models.ForeignKey('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='product_owner_set')
    choice = models.OneToOneField('todos.Choice', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='product_choice_set')
    album = models.ForeignKey('todos.Album', on_delete=models.CASCADE, related_name='products_2', db_column='album_key')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['owner', 'code'], name='product_owner_code_uniq'),
        ]
        indexes = [
            models.Index(fields=['owner', 'done'], name='product_owner_idx'),
        ]


class Question(models.Model):
    attachment = models.SlugField()
    image = models.SlugField()
    is_public = models.PositiveBigIntegerField(blank=True)
    start = models.DateField(null=True, blank=True)
    thumbnail = models.CharField(max_length=100)
    data = models.BooleanField(default=False, blank=True)
    writer = models.ForeignKey('articles.Board', on_delete=models.CASCADE, related_name='questions_0', db_index=False)

    class Meta:
        ordering = ['-writer']
        verbose_name = 'question item'
        indexes = [
            models.Index(fields=['is_public'], name='question_is_public_idx'),
        ]

    def __str__(self):
        return self.attachment
