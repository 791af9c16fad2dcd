from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    stock = models.BooleanField(default=True, blank=True, db_index=True)
    address = models.CharField(max_length=150, choices=[('a', 'A'), ('b', 'B')], null=True)
    points = models.FloatField()
    count = models.PositiveBigIntegerField(blank=True)
    level = models.FloatField(db_index=True)
    movie = models.OneToOneField('reviews.Movie', on_delete=models.CASCADE, related_name='book_movie_set')

    class Meta:
        indexes = [models.Index(fields=['count', 'address'])]


class Choice(models.Model):
    id = models.AutoField(primary_key=True)
    position = models.DecimalField(verbose_name='position', max_digits=8, decimal_places=2, blank=True, db_column='position_col')
    done = models.TextField(blank=True)
    birthday = models.DateTimeField(auto_now=True, null=True)
    homepage = models.SmallIntegerField(blank=True)
    content = models.TextField(verbose_name='content')
    updated_at = models.PositiveIntegerField(default=0, blank=True)
    comment = models.OneToOneField('blog.Comment', on_delete=models.DO_NOTHING, related_name='choices_0')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')

    class Meta:
        verbose_name = 'choice item'
        constraints = [
            models.UniqueConstraint(fields=['homepage', 'position'], name='choice_homepage_position_uniq'),
        ]


class Question(models.Model):
    points = models.ImageField(upload_to='uploads/%Y/%m/')
    score = models.SmallIntegerField(default=0, blank=True)
    nickname = models.FloatField(blank=True)
    code = models.EmailField(blank=True)
    updated_at = models.DecimalField(max_digits=5, decimal_places=0)

    def __str__(self):
        return f'{self.pk}: {self.code}'
