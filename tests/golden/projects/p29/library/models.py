from django.db import models


class Comment(models.Model):
    weight = models.SlugField(verbose_name='weight')
    name = models.BigIntegerField()
    extra = models.CharField(max_length=50)
    opens = models.EmailField(db_index=True)
    address = models.PositiveBigIntegerField()
    body = models.JSONField()
    user = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='comments_0')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['body', 'extra'], name='comment_body_extra_uniq'),
        ]
