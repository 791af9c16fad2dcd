from django.db import models


class Note(models.Model):
    content = models.PositiveSmallIntegerField()
    is_public = models.FileField(upload_to='uploads/%Y/%m/')
    name = models.ImageField('name', upload_to='files/', blank=True)
    points = models.DateField(blank=True, db_index=True)
    thumbnail = models.TextField(blank=True)
    stock = models.DateTimeField(auto_now=True, null=True)
    fans = models.ManyToManyField('reviews.Song', related_name='note_fans', blank=True)

    class Meta:
        ordering = ['-stock']
        verbose_name = 'note item'
        unique_together = ('stock', 'is_public')


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    is_public = models.DateTimeField(auto_now=True, db_index=True, db_column='is_public_col')
    price = models.PositiveIntegerField(blank=True)
    memo = models.DecimalField(max_digits=8, decimal_places=0)

    class Meta:
        unique_together = [['price', 'is_public']]


class Review(models.Model):
    updated_at = models.DateField()
    uid = models.CharField(max_length=20, unique=True)
    published = models.EmailField(blank=True)
    image = models.DecimalField(max_digits=5, decimal_places=0)

    def __str__(self):
        return f'{self.pk}: {self.published}'
