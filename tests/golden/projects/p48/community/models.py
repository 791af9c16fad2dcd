from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Todo(models.Model):
    id = models.AutoField(primary_key=True)
    published = models.BooleanField(default=False)
    created_at = models.SlugField()
    done = models.PositiveSmallIntegerField('done', null=True)
    email = models.DateField(auto_now_add=True, null=True, blank=True)
    owner = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='todo_owner_set')
    user = models.ForeignKey(UserModel, on_delete=models.DO_NOTHING, related_name='todo_user_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['email', 'created_at'], name='todo_email_created_at_uniq'),
        ]

    def __str__(self):
        return self.created_at


class Review(models.Model):
    email = models.TextField(null=True)
    data = models.FloatField(verbose_name='data', null=True)
    stock = models.TextField()
    writer = models.ForeignKey('Todo', on_delete=models.CASCADE, related_name='reviews_0')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='reviews_1')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_users')

    class Meta:
        db_table = 'community_reviews'
