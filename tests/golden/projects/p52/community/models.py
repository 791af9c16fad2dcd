from django.db import models


class Author(models.Model):
    created_at = models.CharField(max_length=150)
    content = models.BooleanField(verbose_name='content', default=True, blank=True)
    image = models.BooleanField(verbose_name='image', default=False)
    name = models.CharField(max_length=50, db_column='name_col')
    attachment = models.URLField()
    writer = models.ForeignKey('boards.Song', on_delete=models.CASCADE, related_name='authors_0')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)

    class Meta:
        ordering = ['-attachment']
