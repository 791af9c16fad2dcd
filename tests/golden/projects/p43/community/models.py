from django.conf import settings
from django.db import models


class Question(models.Model):
    level = models.CharField(max_length=255, null=True, blank=True)
    address = models.PositiveBigIntegerField()
    score = models.DateField()
    slug = models.BigIntegerField()
    homepage = models.TimeField(null=True, db_index=True)
    memo = models.SlugField(max_length=80, blank=True)
    parent = models.ForeignKey('articles.Comment', on_delete=models.CASCADE, related_name='question_parent_set')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_fans')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['slug', 'score'], name='question_slug_score_uniq'),
        ]

    def __str__(self):
        return self.level


class Post(models.Model):
    created_at = models.PositiveSmallIntegerField(verbose_name='created_at', db_column='created_at_col')
    image = models.DateTimeField(auto_now=True, blank=True)
    body = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    rating = models.FileField(upload_to='files/')
    start = models.URLField(verbose_name='start', max_length=100, null=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='post_owner_set')
    parent = models.ForeignKey('articles.Article', on_delete=models.CASCADE, related_name='posts_1')
    writer = models.ForeignKey('accounts.User', on_delete=models.DO_NOTHING, related_name='post_writer_set')

    class Meta:
        ordering = ['-image']
        db_table = 'community_posts'
        verbose_name = 'post item'
        unique_together = ('owner', 'start')
