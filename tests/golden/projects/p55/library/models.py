from django.contrib.auth import get_user_model
from django.db import models


class Photo(models.Model):
    data = models.CharField(max_length=50, blank=True, unique=True)
    attachment = models.DurationField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE)
    members = models.ManyToManyField('auth.Group', related_name='photo_members')
    user = models.OneToOneField(get_user_model(), on_delete=models.CASCADE, related_name='photo_user_set')

    class Meta:
        ordering = ['-parent']
        verbose_name = 'photo item'
        constraints = [
            models.UniqueConstraint(fields=['attachment', 'parent'], name='photo_attachment_parent_uniq'),
        ]
        indexes = [
            models.Index(fields=['user'], name='photo_user_idx'),
        ]

    def __str__(self):
        return self.data
