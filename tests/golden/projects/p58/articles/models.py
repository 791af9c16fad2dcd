from django.db import models


class Choice(models.Model):
    body = models.TextField(null=True, blank=True)
    score = models.URLField(max_length=300)
    attachment = models.EmailField(db_index=True, db_column='attachment_col')
    updated_at = models.EmailField()
    position = models.IntegerField(null=True, blank=True, unique=True)
    created_at = models.SmallIntegerField()

    class Meta:
        ordering = ['-score']
        verbose_name = 'choice item'

    def __str__(self):
        return self.attachment
