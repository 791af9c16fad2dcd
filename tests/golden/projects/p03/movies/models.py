from django.db import models


class Choice(models.Model):
    id = models.BigAutoField(primary_key=True)
    email = models.FileField(upload_to='files/')
    views = models.IntegerField(blank=True, unique=True)
    parent = models.ForeignKey('articles.Comment', on_delete=models.CASCADE, null=True, blank=True, related_name='choice_parent_set')

    class Meta:
        verbose_name = 'choice item'
        unique_together = [['parent', 'views']]
