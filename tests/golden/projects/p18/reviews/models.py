from django.db import models


class Article(models.Model):
    attachment = models.IntegerField()
    opens = models.SmallIntegerField(default=0, blank=True)
    user_ref = models.ForeignKey('accounts.User', on_delete=models.PROTECT, related_name='article_user_ref_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['opens', 'user_ref'], name='article_opens_user_ref_uniq'),
        ]


class Choice(models.Model):
    done = models.SlugField()
    opens = models.CharField(max_length=20)
    rating = models.PositiveBigIntegerField()
    homepage = models.SmallIntegerField()
    user_ref = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='choices_0')

    class Meta:
        ordering = ['-opens']
