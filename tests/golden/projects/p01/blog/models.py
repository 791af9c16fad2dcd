from django.db import models


class Product(models.Model):
    title = models.SlugField(unique=True)
    updated_at = models.TextField(db_column='updated_at_col')
    length = models.EmailField(blank=True)
    name = models.EmailField(max_length=100, null=True, blank=True)
    body = models.TimeField(verbose_name='body')
    parent = models.ForeignKey('community.Genre', on_delete=models.CASCADE, null=True, blank=True, related_name='product_parent_set')
    fans = models.ManyToManyField('boards.Author', related_name='product_fans')

    class Meta:
        ordering = ['-name']
        indexes = [models.Index(fields=['updated_at', 'parent'])]
