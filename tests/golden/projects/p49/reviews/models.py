from django.db import models


class Todo(models.Model):
    nickname = models.EmailField()
    rating = models.TimeField()
    code = models.SlugField('code', null=True)
    uid = models.BigIntegerField(blank=True)
    content = models.FileField(verbose_name='content', upload_to='images/')
    start = models.CharField(max_length=10, blank=True)
    profile = models.ForeignKey('articles.Profile', on_delete=models.CASCADE)
    fans = models.ManyToManyField('articles.Profile', related_name='todo_fans', blank=True)
    owner = models.ForeignKey('auth.User', on_delete=models.CASCADE, related_name='todos_2', db_column='owner_key')

    class Meta:
        unique_together = [['rating', 'content']]

    def __str__(self):
        return self.nickname


class Song(models.Model):
    stock = models.BigIntegerField()
    data = models.UUIDField()
    fans = models.ManyToManyField('Todo', related_name='song_fans', blank=True)


class Article(models.Model):
    id = models.BigAutoField(primary_key=True)
    stock = models.CharField(max_length=20)
    rating = models.PositiveSmallIntegerField(null=True)
    price = models.TimeField()
    published = models.DurationField(db_index=True)
    uid = models.DurationField(blank=True, db_column='uid_col')
    done = models.TimeField()
    members = models.ManyToManyField('articles.Profile', related_name='article_members')
    fans = models.ManyToManyField('posts.Album', related_name='article_fans', blank=True)
