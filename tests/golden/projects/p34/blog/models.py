from django.conf import settings
from django.db import models


class Article(models.Model):
    id = models.BigAutoField(primary_key=True)
    opens = models.DateField()
    updated_at = models.FileField(upload_to='files/', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='articles_0')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')


class Category(models.Model):
    data = models.TextField(null=True)
    email = models.DurationField(blank=True)
    uid = models.UUIDField()
    attachment = models.TextField(null=True)
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')
    user = models.OneToOneField('users.User', on_delete=models.CASCADE, related_name='categorys_1')
    writer = models.ForeignKey(Article, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='categorys_2')

    class Meta:
        verbose_name = 'category item'
        indexes = [
            models.Index(fields=['user'], name='category_user_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.attachment}'
