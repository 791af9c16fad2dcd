from django.db import models


class Comment(models.Model):
    address = models.TextField(blank=True)
    nickname = models.SmallIntegerField(default=0)
    note = models.OneToOneField('Note', on_delete=models.DO_NOTHING, related_name='comments_0')
    group = models.ForeignKey('auth.Group', on_delete=models.PROTECT, related_name='comment_group_set')
    book = models.OneToOneField('music.Book', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='comments_2')

    class Meta:
        db_table = 'blog_comments'


class Note(models.Model):
    name = models.IntegerField(verbose_name='name', blank=True)
    email = models.EmailField(verbose_name='email', max_length=100, null=True, blank=True)
    rank = models.TimeField(blank=True)
    views = models.PositiveSmallIntegerField(null=True, db_index=True)
    birthday = models.EmailField()
    start = models.SmallIntegerField(verbose_name='start', null=True)
    owner = models.ForeignKey('reviews.Movie', on_delete=models.DO_NOTHING, related_name='note_owner_set')


class Product(models.Model):
    score = models.FloatField(verbose_name='score')
    start = models.CharField(max_length=255, null=True)
    extra = models.PositiveSmallIntegerField(verbose_name='extra', blank=True)
    updated_at = models.DecimalField(max_digits=8, decimal_places=3)
    user = models.OneToOneField('accounts.User', on_delete=models.CASCADE, related_name='product_user_set')

    class Meta:
        ordering = ['-updated_at']
