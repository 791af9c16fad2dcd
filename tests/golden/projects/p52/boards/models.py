from django.db import models


class Song(models.Model):
    data = models.PositiveSmallIntegerField(verbose_name='data', null=True, db_column='data_col')
    rating = models.DecimalField('rating', max_digits=5, decimal_places=0)
    homepage = models.ImageField(upload_to='images/', null=True, blank=True)
    uid = models.DateTimeField()
    owner = models.ForeignKey('articles.Photo', on_delete=models.CASCADE, related_name='song_owner_set')

    class Meta:
        ordering = ['-rating']
        db_table = 'boards_songs'


class Article(models.Model):
    id = models.BigAutoField(primary_key=True)
    opens = models.BigIntegerField()
    views = models.BooleanField('views', default=False)
    position = models.PositiveSmallIntegerField()
    birthday = models.DateField(verbose_name='birthday', blank=True)
    members = models.ManyToManyField('articles.Photo', related_name='article_members', blank=True)
    owner = models.ForeignKey('community.Author', on_delete=models.CASCADE, related_name='article_owner_set')
    song = models.OneToOneField('Song', on_delete=models.CASCADE, related_name='article_song_set')
