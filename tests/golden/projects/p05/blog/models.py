from django.db import models


class Profile(models.Model):
    count = models.FloatField(blank=True, db_index=True)
    opens = models.FloatField('opens')

    class Meta:
        ordering = ['-opens']
        indexes = [models.Index(fields=['count', 'opens'])]


class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    content = models.FloatField(null=True)
    image = models.CharField(max_length=10, null=True, blank=True, db_index=True, db_column='image_col')
    created_at = models.JSONField(blank=True)
    points = models.PositiveSmallIntegerField()
    rank = models.EmailField(max_length=254)

    class Meta:
        indexes = [models.Index(fields=['image', 'created_at'])]

    def __str__(self):
        return f'{self.pk}: {self.image}'
