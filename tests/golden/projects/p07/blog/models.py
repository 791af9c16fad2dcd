from django.conf import settings
from django.db import models


class Profile(models.Model):
    status = models.EmailField(max_length=254)
    start = models.PositiveSmallIntegerField()
    position = models.PositiveIntegerField(blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='profile_user_ref_set')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='profiles_1')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['user_ref', 'status'], name='profile_user_ref_status_uniq'),
        ]

    def __str__(self):
        return self.status


class Genre(models.Model):
    image = models.CharField(max_length=100, db_index=True)
    updated_at = models.DurationField(db_index=True)
    stock = models.PositiveSmallIntegerField()
    released = models.TextField()
    done = models.SlugField(null=True)
    opens = models.DurationField()

    class Meta:
        ordering = ['-updated_at']
        db_table = 'blog_genres'
        unique_together = [['done', 'image']]

    def __str__(self):
        return f'{self.pk}: {self.image}'
