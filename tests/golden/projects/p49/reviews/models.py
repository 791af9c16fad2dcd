from django.db import models


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    thumbnail = models.BigIntegerField()
    nickname = models.DateTimeField()
    author = models.OneToOneField('articles.Author', on_delete=models.SET_DEFAULT, null=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='books_1')
    fans = models.ManyToManyField('posts.Todo', related_name='book_fans', blank=True)

    class Meta:
        ordering = ['-parent']
