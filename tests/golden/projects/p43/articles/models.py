from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Comment(models.Model):
    score = models.EmailField(blank=True)
    price = models.SmallIntegerField(default=0, blank=True, db_index=True)
    updated_at = models.CharField(max_length=20, db_column='updated_at_col')
    position = models.BigIntegerField(null=True, db_column='position_col')
    writer = models.ForeignKey('community.Question', on_delete=models.CASCADE, related_name='comment_writer_set')
    users = models.ManyToManyField('accounts.User', related_name='comment_users')

    def __str__(self):
        return f'{self.pk}: {self.score}'


class Article(models.Model):
    nickname = models.DecimalField(max_digits=8, decimal_places=2)
    birthday = models.SmallIntegerField(default=0)
    score = models.URLField(null=True)
    summary = models.DurationField('summary', blank=True)
    slug = models.CharField(max_length=200)
    done = models.DateTimeField(auto_now=True, null=True, db_index=True)
    users = models.ManyToManyField(get_user_model(), related_name='article_users', blank=True)
    user_ref = models.ForeignKey(UserModel, on_delete=models.DO_NOTHING, null=True, related_name='article_user_ref_set')

    class Meta:
        ordering = ['-summary']

    def __str__(self):
        return self.slug
