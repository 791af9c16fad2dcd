from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Question(models.Model):
    released = models.DecimalField(max_digits=10, decimal_places=3)
    body = models.DecimalField(max_digits=8, decimal_places=2)
    stock = models.ImageField(upload_to='uploads/%Y/%m/')
    views = models.PositiveSmallIntegerField()
    user = models.ForeignKey(UserModel, on_delete=models.SET_NULL, null=True, blank=True, related_name='question_user_set', db_index=False)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='question_user_ref_set')
    writer = models.ForeignKey(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='question_writer_set')

    class Meta:
        db_table = 'posts_questions'
        unique_together = ('body', 'user_ref')


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    rating = models.DecimalField('rating', max_digits=8, decimal_places=3, db_column='rating_col')
    address = models.URLField(blank=True)
    status = models.IntegerField(choices=[(1, 'one'), (2, 'two')])
    email = models.URLField()
    created_at = models.BigIntegerField(blank=True, db_index=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='comments_0')

    class Meta:
        db_table = 'posts_comments'
        constraints = [
            models.UniqueConstraint(fields=['created_at', 'status'], name='comment_created_at_status_uniq'),
        ]
        indexes = [
            models.Index(fields=['user_ref'], name='comment_user_ref_idx'),
        ]
