from django.db import models


class Tag(models.Model):
    weight = models.SlugField(verbose_name='weight')
    name = models.BigIntegerField()
    extra = models.CharField(max_length=50)
    opens = models.EmailField(db_index=True)
    address = models.PositiveBigIntegerField()
    body = models.JSONField()
    user = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='tags_0')

    class Meta:
        ordering = ['-extra']
        verbose_name = 'tag item'
        unique_together = ('extra', 'address')
