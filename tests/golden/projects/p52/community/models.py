from django.db import models


class Author(models.Model):
    attachment = models.DateField(null=True, blank=True, db_index=True)
    price = models.ImageField(upload_to='images/')

    class Meta:
        ordering = ['-attachment']
        verbose_name = 'author item'
